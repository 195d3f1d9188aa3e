export * from './types';
export { atlasView, announcement } from './atlas-view';
export { countryView } from './panels';
export { mapSpecs, ruleFor } from './panes';
export { nameIn, postSovietStates } from './shared';
