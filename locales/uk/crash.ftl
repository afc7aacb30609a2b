# Shown by the loader (velkommen.js) when the guide cannot start (no WebAssembly, a file that did
# not arrive) or stops with an error, and `early-start` under a Start pressed before it has
# loaded. Read by tools/make-loader, not by the guide itself: keep
# every message on one line. { $municipality } is the municipality's name, { $phone } its number.
crash-heading = Путівник зараз не працює
crash-body = Це не Ваша провина. Ваші відповіді ніде не збережені. Спробуйте почати спочатку. Якщо це не допоможе, зателефонуйте до муніципалітету.
crash-phone = Зателефонуйте до { $municipality }: { $phone }
crash-phone-unknown = Зателефонуйте до центру обслуговування громадян (Borgerservice) Вашого муніципалітету.
crash-again = Почати спочатку
early-start = Зачекайте хвилинку – путівник відкривається …
