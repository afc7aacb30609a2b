# Shown by the loader (velkommen.js) when the guide cannot start (no WebAssembly, a file that did
# not arrive) or stops with an error, and `early-start` under a Start pressed before it has
# loaded. Read by tools/make-loader, not by the guide itself: keep
# every message on one line. { $municipality } is the municipality's name, { $phone } its number.
crash-heading = Guiden virker ikke lige nu
crash-body = Det er ikke din skyld. Dine svar er ikke gemt nogen steder. Prøv at starte forfra. Hvis det ikke hjælper, så ring til kommunen.
crash-phone = Ring til { $municipality }: { $phone }
crash-phone-unknown = Ring til borgerservice i din kommune.
crash-again = Start forfra
early-start = Et øjeblik – guiden åbner …
