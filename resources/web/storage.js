// The little the page remembers. Storage is a convenience only: it may be missing or refuse to
// write (some private modes), and then the page simply forgets.
function area(name) {
  return {
    get(key) {
      try {
        return window[name].getItem(key);
      } catch {
        return null;
      }
    },
    // null forgets the key.
    set(key, value) {
      try {
        if (value === null) window[name].removeItem(key);
        else window[name].setItem(key, value);
      } catch {
        // not remembered, and nothing depends on it
      }
    },
  };
}

// Kept across visits: the name, the room's name, the sound setting.
export const device = area('localStorage');
// Kept while the tab lives, reloads included: that this tab had joined, and its unsent messages.
export const tab = area('sessionStorage');
