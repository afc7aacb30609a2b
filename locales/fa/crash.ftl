# Shown by the loader (velkommen.js) when the guide cannot start (no WebAssembly, a file that did
# not arrive) or stops with an error, and `early-start` under a Start pressed before it has
# loaded. Read by tools/make-loader, not by the guide itself: keep
# every message on one line. { $municipality } is the municipality's name, { $phone } its number.
crash-heading = راهنما الان کار نمی‌کند
crash-body = این تقصیر شما نیست. جواب‌های شما در هیچ جایی ذخیره نشده است. سعی کنید از اول شروع کنید. اگر این کمک نکرد، به کمون زنگ بزنید.
crash-phone = به { $municipality } زنگ بزنید: { $phone }
crash-phone-unknown = به دفتر خدمات شهروندی (Borgerservice) در کمون خود زنگ بزنید.
crash-again = از اول شروع کنید
early-start = لطفاً کمی صبر کنید – راهنما در حال باز شدن است …
