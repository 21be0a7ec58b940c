-- Every app instance keeps exam pools in memory (lib/quiz/pool-cache.ts) and drops them when it
-- hears on this channel that something a pool is built from has changed, whoever changed it: a
-- sync, a browser publish, another instance. NOTIFY is delivered after commit, and PostgreSQL folds
-- identical notifications of one transaction into one, so a sync of a thousand rows sends one.
-- The body is an E-string with each semicolon written as \073: Prisma's pg adapter runs a migration
-- by splitting it at every semicolon, dollar quotes included.
CREATE FUNCTION "netprep_notify_content_change"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN PERFORM pg_notify(''netprep_content'', '''')\073 RETURN NULL\073 END';

CREATE TRIGGER "Question_content_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Question"
  FOR EACH STATEMENT EXECUTE FUNCTION "netprep_notify_content_change"();
CREATE TRIGGER "Lesson_content_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Lesson"
  FOR EACH STATEMENT EXECUTE FUNCTION "netprep_notify_content_change"();
CREATE TRIGGER "QuestionObjective_content_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "QuestionObjective"
  FOR EACH STATEMENT EXECUTE FUNCTION "netprep_notify_content_change"();
CREATE TRIGGER "Objective_content_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Objective"
  FOR EACH STATEMENT EXECUTE FUNCTION "netprep_notify_content_change"();
CREATE TRIGGER "Domain_content_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Domain"
  FOR EACH STATEMENT EXECUTE FUNCTION "netprep_notify_content_change"();
