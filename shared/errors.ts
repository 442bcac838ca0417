/** Every error code the API and the socket acks can return. Clients translate these. */
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'event_not_found',
  'join_code_not_found',
  'budget_exceeded',
  'proposal_cap_exceeded',
  'phase_closed',
  'invalid_timezone',
  'invalid_time_range',
  'proposal_hidden',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
