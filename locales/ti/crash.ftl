# Shown by the loader (velkommen.js) when the guide cannot start (no WebAssembly, a file that did
# not arrive) or stops with an error, and `early-start` under a Start pressed before it has
# loaded. Read by tools/make-loader, not by the guide itself: keep
# every message on one line. { $municipality } is the municipality's name, { $phone } its number.
crash-heading = እቲ መምርሒ ሕጂ ኣይሰርሕን ኣሎ
crash-body = እዚ ናትኩም ጌጋ ኣይኮነን። መልስታትኩም ኣብ ዝኾነ ቦታ ኣይተዓቀቡን። ካብ መጀመርታ ክትጅምሩ ፈትኑ። እዚ እንተዘይሓገዘ፣ ናብ ኮሙን ደውሉ።
crash-phone = ናብ { $municipality } ደውሉ: { $phone }
crash-phone-unknown = ኣብ ኮሙንኩም ናብ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ደውሉ።
crash-again = ካብ መጀመርታ ጀምሩ
early-start = በጃኹም ቁሩብ ተጸበዩ – እቲ መምርሒ ይኽፈት ኣሎ …
