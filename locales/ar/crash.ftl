# Shown by the loader (velkommen.js) when the guide cannot start (no WebAssembly, a file that did
# not arrive) or stops with an error, and `early-start` under a Start pressed before it has
# loaded. Read by tools/make-loader, not by the guide itself: keep
# every message on one line. { $municipality } is the municipality's name, { $phone } its number.
crash-heading = الدليل لا يعمل الآن
crash-body = هذا ليس خطأك. إجاباتك غير محفوظة في أي مكان. حاول أن تبدأ من جديد. إذا لم يساعد ذلك، اتصل بالبلدية.
crash-phone = اتصل بـ { $municipality }: { $phone }
crash-phone-unknown = اتصل بخدمة المواطنين (Borgerservice) في بلديتك.
crash-again = ابدأ من جديد
early-start = لحظة من فضلك – الدليل يُفتح الآن …
