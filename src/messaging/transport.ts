import { redactSecrets } from "../security/redact.js";
/** What the sender needs from a chat platform: deliver one outbox message. */
export interface OutboxDelivery {
  id: number;
  chatId: string;
  kind: string;
  text: string;
  payload: Record<string, unknown>;
}

export interface Transport {
  /** Resolves when the platform accepted the message; throws a `DeliveryError` otherwise. */
  deliver(msg: OutboxDelivery): Promise<void>;
  /**
   * The longest a delivery can take before it fails (its HTTP timeout). The
   * sender only starts a delivery that ends well inside its lease; in-process
   * transports (tests) leave it undefined.
   */
  readonly timeoutMs?: number;
}

/**
 * Why a delivery failed, in the sender's terms:
 * - `rate-limited`: try again after `retryAfterSec` (Telegram 429);
 * - `blocked`: the person blocked the bot or deleted their account (403): give up, mark unreachable;
 * - `transient`: network error or server error (5xx): back off and retry a few times;
 * - `permanent`: the request itself is wrong (400 chat not found, bot kicked from the group…): give up;
 * - `quota-exceeded`: the platform's monthly quota is used up (Zalo 429): the message waits, the
 *   platform's messages are held until the next month or a raised limit (docs/zalo-budget.md).
 */
export type FailureKind = "rate-limited" | "blocked" | "transient" | "permanent" | "quota-exceeded";

export class DeliveryError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly retryAfterSec?: number,
  ) {
    super(redactSecrets(message)); // stored as the outbox row's lastError: never a token
    this.name = "DeliveryError";
  }
}
