/**
 * Calls back when the frame's URL changes without a new document (single-page apps).
 * The Navigation API tells of every same-document navigation (the URL is read once it
 * has committed); where it is missing (Firefox before 147), the URL is polled. Either
 * way only the real location is read: an event the page makes up changes nothing.
 */
export function watchLocation(win: Window, onChange: () => void): () => void {
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange();
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (!navigation) {
    const id = setInterval(check, 1000);
    return () => clearInterval(id);
  }
  const later = () => void setTimeout(check, 0);
  navigation.addEventListener('navigate', later);
  navigation.addEventListener('navigatesuccess', check);
  return () => {
    navigation.removeEventListener('navigate', later);
    navigation.removeEventListener('navigatesuccess', check);
  };
}
