/**
 * The audience window (audience.html): shows the slides the presenter console chooses, on the
 * projector, and nothing else. It never receives notes: the console sends a page rendered without
 * them and the slide index. Keys pressed here are passed to the console, so either window drives.
 */
import { openLink, type AudienceMessage, type ConsoleMessage } from './present/channel.js';
import { consoleText, relabel } from './i18n/console-text.js';
import { parseRevealMessage } from './views/reveal-message.js';

const frame = document.getElementById('audience-frame') as HTMLIFrameElement;
const blank = document.getElementById('audience-blank') as HTMLElement;
const message = document.getElementById('audience-message') as HTMLElement;
let shownUrl = '';

/** The window's few words follow the deck's language. */
function speak(lang: string | undefined): void {
  if (!lang || document.documentElement.lang === lang) return;
  document.documentElement.lang = lang;
  relabel(document, consoleText(lang));
}

const link = openLink<ConsoleMessage, AudienceMessage>((m) => {
  speak(m.lang);
  if (m.type === 'end') {
    document.body.classList.remove('presenting');
    message.textContent = consoleText(m.lang)('audience.ended');
    frame.src = 'about:blank';
    shownUrl = '';
    window.close();
    return;
  }
  if (m.type !== 'show') return;
  document.body.classList.add('presenting');
  blank.dataset['blank'] = m.blank;
  document.body.dataset['slide'] = String(m.index);
  if (m.url !== shownUrl) {
    shownUrl = m.url;
    const url = new URL(m.url, window.location.href);
    url.hash = `/${m.index}`;
    frame.src = url.href;
  } else frame.contentWindow?.postMessage(JSON.stringify({ method: 'slide', args: [m.index, 0] }), '*');
});

// reveal.js in the frame reports slide changes (postMessageEvents); the console follows.
window.addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow) return;
  const msg = parseRevealMessage(e.data);
  if (msg?.eventName === 'ready') document.body.dataset['loaded'] = 'true';
});

document.addEventListener('keydown', (e) => {
  if (e.key === 'f' || e.key === 'F') return void document.documentElement.requestFullscreen?.().catch(() => undefined);
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  e.preventDefault();
  link.send({ type: 'key', key: e.key });
});
document
  .getElementById('audience-fullscreen')
  ?.addEventListener('click', () => void document.documentElement.requestFullscreen?.().catch(() => undefined));
window.addEventListener('pagehide', () => link.send({ type: 'bye' }));
link.send({ type: 'hello' });
