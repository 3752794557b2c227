// Which colour a person's name and avatar get. The desktop app follows the same rule, so one
// person has one colour in every window of the room, and people present at the same time get
// different colours while there are colours enough. The rule, exactly:
//
//   hash(name)  FNV-1a 32-bit over the UTF-16 code units of name.toLowerCase():
//               h = 0x811C9DC5; for each code unit c: h = ((h XOR c) * 0x01000193) mod 2^32
//   slots       20 hues; slot i has hue i * 18 degrees
//   preferred   preferred(name) = hash(name) mod 20
//   the roster  (everyone present, yourself included, each lower-cased name once) is walked in
//               the order of preferred slot, then hash, then the lower-cased name (compared by
//               UTF-16 code units). Each name takes, going up from its preferred slot (itself
//               first, wrapping from 19 to 0): the first slot that is free and whose two
//               neighbours are free (so hues present differ by 36 degrees or more); if there is
//               none, the first free slot; when all 20 are taken, its preferred slot.
//   others      a name not in the roster (someone who left, seen in history) uses its
//               preferred slot.
//
// Recomputed whenever the roster changes, so a message may change colour when people come and
// go. Saturation and lightness come from the theme (--name-s, --name-l, --avatar-s and
// --avatar-l in style.css); only the hue is the person's.

export const HUE_SLOTS = 20;
export const HUE_STEP = 360 / HUE_SLOTS;

export function nameHash(name) {
  const lower = String(name).toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const preferredSlot = (name) => nameHash(name) % HUE_SLOTS;

// The slot of everyone in `roster`: a Map of lower-cased name to slot.
export function assignSlots(roster) {
  const people = [];
  const seen = new Set();
  for (const name of roster) {
    const lower = String(name).toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    const hash = nameHash(name);
    people.push({ lower, hash, preferred: hash % HUE_SLOTS });
  }
  people.sort((a, b) => a.preferred - b.preferred || a.hash - b.hash
    || (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0));

  const taken = new Array(HUE_SLOTS).fill(false);
  const free = (slot) => !taken[slot];
  const roomy = (slot) => free(slot) && free((slot + 1) % HUE_SLOTS) && free((slot + HUE_SLOTS - 1) % HUE_SLOTS);
  const slots = new Map();
  for (const [index, person] of people.entries()) {
    let slot = person.preferred;
    if (index < HUE_SLOTS) { // a free slot is left
      const upwards = Array.from({ length: HUE_SLOTS }, (_, step) => (person.preferred + step) % HUE_SLOTS);
      slot = upwards.find(roomy) ?? upwards.find(free);
      taken[slot] = true;
    }
    slots.set(person.lower, slot);
  }
  return slots;
}

// The hue, in degrees, of `name` given the slots of the present roster.
export function hueOf(name, slots) {
  const slot = slots.get(String(name).toLowerCase()) ?? preferredSlot(name);
  return slot * HUE_STEP;
}
