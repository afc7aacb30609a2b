//! The results link as a QR code, so a person at a counter or a friend's computer can scan it
//! with their own phone and open their results there. Pure: the view draws the returned path as
//! one SVG `<path>` (no inline style, no canvas), and print shows the same drawing.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code ready to draw: `size` modules a side (with the 4-module quiet zone the standard
/// asks for), and an SVG path of one 1×1 square per dark module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrDrawing {
    pub size: u32,
    pub path: String,
}

/// The quiet zone around the code, in modules.
const BORDER: i32 = 4;

/// Encodes `text` (a URL) with medium error correction: still readable from a creased print
/// or a phone screen at an angle. `None` only if the text is too long for any QR code (a
/// results link is far shorter).
pub fn drawing(text: &str) -> Option<QrDrawing> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = qr.size();
    let mut path = String::new();
    for y in 0..n {
        for x in 0..n {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + BORDER, y + BORDER));
            }
        }
    }
    Some(QrDrawing { size: (n + 2 * BORDER) as u32, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_results_link_becomes_a_drawing_with_a_quiet_zone() {
        let d = drawing("https://www.jammerbugt.dk/velkommen/#m=jammerbugt&l=ar&s=results&household=children&children=3-5").unwrap();
        assert!(d.size >= 21 + 8, "{}", d.size);
        // Every square lies inside the quiet zone's frame.
        assert!(d.path.starts_with('M') && d.path.ends_with('z'));
        assert!(!d.path.contains("M0,") && !d.path.contains(",0h"));
    }
}
