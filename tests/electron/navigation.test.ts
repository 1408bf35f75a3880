import { describe, expect, it } from 'vitest';
import { EXTERNAL_HOSTS, isAllowedExternalUrl, isAllowedNavigation } from '../../electron/security/navigation.js';

describe('isAllowedNavigation', () => {
  it('keeps the main frame on the UI origin', () => {
    expect(isAllowedNavigation('app://ui/index.html', true)).toBe(true);
    for (const url of [
      'https://www.cancer.gov/',
      'deck://preview/a.html',
      'file:///etc/passwd',
      'app://ui.evil/x',
      'app://evil@ui/x',
      'javascript:alert(1)',
      'about:blank',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url, true), url).toBe(false);
    }
  });

  it('keeps subframes on the deck preview origin', () => {
    expect(isAllowedNavigation('deck://preview/0123.html', false)).toBe(true);
    expect(isAllowedNavigation('about:blank', false)).toBe(true);
    for (const url of ['app://ui/index.html', 'https://www.cancer.gov/', 'deck://other/x.html', 'file:///tmp/x.html', 'data:text/html,x']) {
      expect(isAllowedNavigation(url, false), url).toBe(false);
    }
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows https links to the cited sources and their subdomains', () => {
    expect(isAllowedExternalUrl('https://www.cancer.gov/about-cancer/treatment')).toBe(true);
    expect(isAllowedExternalUrl('https://ctep.cancer.gov/')).toBe(true);
    expect(isAllowedExternalUrl('https://doi.org/10.1000/182')).toBe(true);
    expect(EXTERNAL_HOSTS).toContain('fda.gov');
  });

  it.each([
    'http://www.cancer.gov/',
    'https://cancer.gov.evil.example/',
    'https://evilcancer.gov/',
    'https://user:pw@www.cancer.gov/',
    'https://www.cancer.gov:8443/',
    'file:///etc/passwd',
    'smb://server/share',
    'javascript:alert(1)',
    'ms-msdt:/id PCWDiagnostic',
    'https://example.com/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('uses the given allow-list', () => {
    expect(isAllowedExternalUrl('https://example.com/', ['example.com'])).toBe(true);
    expect(isAllowedExternalUrl('https://www.cancer.gov/', ['example.com'])).toBe(false);
  });
});
