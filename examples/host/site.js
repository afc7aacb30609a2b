// The host site's own script (a file, as its Content-Security-Policy allows no inline script):
// the cookie banner goes away on "OK".
document.querySelector(".site-cookies__ok").addEventListener("click", () => {
  document.querySelector(".site-cookies").hidden = true;
});
