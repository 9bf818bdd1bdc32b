/**
 * One webhook call of an alert: a JSON POST with a time limit, redirects not followed. A 2xx answer is delivered;
 * a network error, a time-out, 408, 425, 429 or a 5xx is worth another attempt; any other answer (a redirect,
 * another 4xx) is not.
 */
export type WebhookResult =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly retry: boolean; readonly status?: number; readonly error: string };

const RETRY_STATUS = new Set([408, 425, 429]);

export const ALERT_USER_AGENT = 'lagebild-alerts/1';

export async function postWebhook(
  url: string,
  body: string,
  alertId: string,
  timeoutMs: number,
): Promise<WebhookResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': ALERT_USER_AGENT,
        'idempotency-key': alertId,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    const status = response.status;
    if (status >= 200 && status < 300) return { ok: true, status };
    const retry = status >= 500 || RETRY_STATUS.has(status);
    return { ok: false, retry, status, error: `HTTP ${String(status)}` };
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    return { ok: false, retry: true, error: reason };
  }
}
