/** After this many lapses a card is a leech: suspended and tagged, and the learner is sent to its lesson. */
export const leechLapses = 8;
