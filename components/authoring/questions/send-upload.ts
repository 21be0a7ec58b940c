'use client';

import type { ErrorBody } from '@/lib/http/error-status';

export type UploadReply<Data> = { ok: true; data: Data } | Pick<ErrorBody, 'ok' | 'message'>;

/**
 * POSTs a file as the request body with XMLHttpRequest, the one browser API that reports upload
 * progress; `onSent` fires when the last byte is out and the server starts reading.
 */
export function sendUpload<Data>(url: string, body: Blob, onProgress: (loaded: number, total: number) => void, onSent: () => void): Promise<UploadReply<Data>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('content-type', 'text/plain;charset=utf-8');
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : body.size);
    request.upload.onload = onSent;
    request.onload = () => resolve(replyOf(request.status, request.responseText));
    request.onerror = () => resolve({ ok: false, message: 'Could not reach the server. Check your connection and try again.' });
    request.send(body);
  });
}

/** Reads a JSON reply of a route; a proxy's or server's non-JSON error page becomes a plain message. */
export function replyOf<Data>(status: number, text: string): UploadReply<Data> {
  try {
    return JSON.parse(text) as UploadReply<Data>;
  } catch {
    return { ok: false, message: status === 413 ? 'The file is too large; split it into smaller files.' : `The server answered ${status}; please try again.` };
  }
}
