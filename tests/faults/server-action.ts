import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../lib/db/paths';

type ManifestEntry = { exportedName?: string; filename?: string; workers: Record<string, unknown> };
type Manifest = { node: Record<string, ManifestEntry> };

let manifest: Manifest | undefined;

/** The id Next gave a server action in this build, found by its file and export name. */
export function actionId(file: string, name: string): string {
  manifest ??= JSON.parse(readFileSync(path.join(projectRoot, '.next/server/server-reference-manifest.json'), 'utf8')) as Manifest;
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name && entry.filename?.endsWith(file));
  if (!found) throw new Error(`no server action ${name} from ${file} in the build's manifest`);
  return found[0];
}

export type ActionCall = { status: number; result: { ok: boolean; code?: string; message?: string; data?: unknown } | null; text: string };

/**
 * Calls a server action as the browser's React runtime does: a POST to the page with the action's
 * id in `Next-Action` and the arguments as JSON. The result is row 1 of the Flight response.
 */
export async function callAction(baseUrl: string, cookie: string, page: string, id: string, input: unknown): Promise<ActionCall> {
  const response = await fetch(`${baseUrl}${page}`, {
    method: 'POST',
    headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: baseUrl, cookie },
    body: JSON.stringify([input]),
  });
  const text = await response.text();
  return { status: response.status, result: flightResult(text), text };
}

function flightResult(text: string): ActionCall['result'] {
  const rows = new Map<string, string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const root = rows.get('0');
  if (!root) return null;
  const reference = (JSON.parse(root) as { a?: unknown }).a;
  const row = typeof reference === 'string' && reference.startsWith('$@') ? rows.get(reference.slice(2)) : undefined;
  return row ? (JSON.parse(row) as ActionCall['result']) : null;
}
