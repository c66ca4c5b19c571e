import { defaultUnitRegistry } from './unit-registry';

/**
 * Commune offices and actors after the 2025 reform (Luật 72/2025/QH15, Nghị định 150/2025/NĐ-CP,
 * Nghị định 118/2025/NĐ-CP), in their canonical spelling; read from the unit packs in core/data/units-*.json.
 */
export const STANDARD_UNITS: readonly string[] = defaultUnitRegistry().canonicalNames();
