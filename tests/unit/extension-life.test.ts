// The panel page after its add-on is updated (Firefox keeps it alive with the API torn
// down): it must end itself, and neither its handlers nor its errors may run on the dead API.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { extensionContextAlive, retireWhenExtensionEnds } from '@/lib/extension-life';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A page whose extension is there until `die()`; `retired` counts how often it was ended. */
function page() {
  let alive = true;
  const state = { retired: 0 };
  const stop = retireWhenExtensionEnds(window, { alive: () => alive, retire: () => void (state.retired += 1) });
  return { state, stop, die: () => void (alive = false) };
}

describe('an extension page whose extension ends', () => {
  it('knows its extension is there while the API answers, and not once the API is torn down', () => {
    expect(extensionContextAlive()).toBe(true);
    // Firefox's torn-down API: every property read throws.
    vi.spyOn(browser, 'runtime', 'get').mockImplementation(() => {
      throw new TypeError("can't access dead object");
    });
    expect(extensionContextAlive()).toBe(false);
  });

  it('leaves a working page alone: input reaches its handlers, errors are reported', () => {
    const { state, stop } = page();
    const button = document.body.appendChild(document.createElement('button'));
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    button.click();
    const error = new ErrorEvent('error', { cancelable: true, error: new Error('a real fault') });
    window.dispatchEvent(error);
    expect({ clicked: clicked.mock.calls.length, reported: !error.defaultPrevented, retired: state.retired }).toEqual({
      clicked: 1,
      reported: true,
      retired: 0,
    });
    stop();
    button.remove();
  });

  it('ends itself on the first input after the extension went, and the handler never runs', () => {
    const { state, stop, die } = page();
    const button = document.body.appendChild(document.createElement('button'));
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    die();
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
    expect({ clicked: clicked.mock.calls.length, retired: state.retired }).toEqual({ clicked: 0, retired: 1 });
    stop();
    button.remove();
  });

  it('takes an error that comes from the dead API as its end, not as a fault to report', () => {
    const { state, stop, die } = page();
    die();
    const error = new ErrorEvent('error', { cancelable: true, error: new TypeError("can't access dead object") });
    window.dispatchEvent(error);
    // What the page still does until it has unloaded (React unmounting after that error) is the same non-fault.
    const later = new ErrorEvent('error', { cancelable: true, error: new TypeError("can't access dead object") });
    window.dispatchEvent(later);
    expect({ handled: error.defaultPrevented && later.defaultPrevented, retired: state.retired }).toEqual({ handled: true, retired: 1 });
    stop();
  });

  it('ends itself within a quarter second when nothing happens', () => {
    vi.useFakeTimers();
    const { state, stop, die } = page();
    vi.advanceTimersByTime(1000);
    expect(state.retired).toBe(0);
    die();
    vi.advanceTimersByTime(250);
    expect(state.retired).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(state.retired).toBe(1);
    stop();
  });
});
