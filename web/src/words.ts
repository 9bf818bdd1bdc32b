/**
 * The page's words come from the message table of its language (src/lang/<code>/messages.ts, one per language,
 * with plural rules); the brief's own words from src/render/labels.ts.
 */
import { messagesFor, type MessageTable, type WebMessages } from '../../src/lang/messages.js';

export type Words = WebMessages;

export function wordsFor(language: string): Words {
  return messagesFor(language).web;
}

export function tableFor(language: string): MessageTable {
  return messagesFor(language);
}
