// Which colour a person's name and avatar get, the same in every window of the room (the
// desktop app follows the same rule):
//   h = 0x811C9DC5 (FNV-1a 32-bit); for each UTF-16 code unit c of name.toLowerCase():
//     h = ((h XOR c) * 0x01000193) mod 2^32
//   hue = h mod 360.
// Saturation and lightness come from the theme (--name-s, --name-l, --avatar-s and --avatar-l in
// style.css); only the hue is the person's.

export function nameHash(name) {
  const lower = String(name).toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const nameHue = (name) => nameHash(name) % 360;
