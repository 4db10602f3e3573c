/**
 * The unit codes of money: currencies reports state amounts in. A leaf: it
 * imports nothing.
 *
 * @example
 * CURRENCIES.has('VND') // → true
 */
export const CURRENCIES: ReadonlySet<string> = new Set(['VND', 'USD', 'EUR', 'JPY', 'CNY', 'GBP', 'KRW', 'AUD', 'SGD', 'THB']);
