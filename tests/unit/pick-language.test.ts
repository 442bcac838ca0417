import { describe, expect, it } from 'vitest';
import { asLanguage, browserLanguage, pickLanguage } from '../../client/src/i18n/pick-language';

describe('pickLanguage', () => {
  it("speaks the event's language to a browser that prefers another", () => {
    expect(pickLanguage({ chosen: null, event: 'sv', browser: ['en-US', 'en'] })).toBe('sv');
    expect(pickLanguage({ chosen: null, event: 'en', browser: ['sv-SE', 'sv'] })).toBe('en');
  });

  it("lets the viewer's own choice win over the event's language", () => {
    expect(pickLanguage({ chosen: 'en', event: 'sv', browser: ['sv-SE'] })).toBe('en');
    expect(pickLanguage({ chosen: 'sv', event: 'en', browser: ['en-US'] })).toBe('sv');
  });

  it('falls back to the browser on pages of no event', () => {
    expect(pickLanguage({ chosen: null, event: null, browser: ['sv-FI', 'en'] })).toBe('sv');
    expect(pickLanguage({ chosen: null, event: null, browser: ['de-DE', 'sv'] })).toBe('en');
    expect(pickLanguage({ chosen: 'sv', event: null, browser: ['en-GB'] })).toBe('sv');
  });
});

describe('browserLanguage', () => {
  it('goes by the most preferred language, in any case, English without one', () => {
    expect(browserLanguage(['SV'])).toBe('sv');
    expect(browserLanguage(['en-US', 'sv'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });
});

describe('asLanguage', () => {
  it('accepts only our languages', () => {
    expect(asLanguage('sv')).toBe('sv');
    expect(asLanguage('en')).toBe('en');
    expect(asLanguage('de')).toBeNull();
    expect(asLanguage('SV')).toBeNull();
    expect(asLanguage(null)).toBeNull();
    expect(asLanguage('constructor')).toBeNull();
  });
});
