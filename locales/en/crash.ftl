# Shown by the loader (velkommen.js) when the guide cannot start (no WebAssembly, a file that did
# not arrive) or stops with an error, and `early-start` under a Start pressed before it has
# loaded. Read by tools/make-loader, not by the guide itself: keep
# every message on one line. { $municipality } is the municipality's name, { $phone } its number.
crash-heading = The guide is not working right now
crash-body = It is not your fault. Your answers are not saved anywhere. Try starting again. If that does not help, call the municipality.
crash-phone = Call { $municipality }: { $phone }
crash-phone-unknown = Call the citizen service (Borgerservice) of your municipality.
crash-again = Start again
early-start = One moment – the guide is opening …
