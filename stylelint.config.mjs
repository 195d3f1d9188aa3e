/**
 * The CSS lint (`npm run lint`): stylelint's recommended rules, the ones that find mistakes
 * (an unknown property or value, a selector written twice in a file, a later rule that an
 * earlier, more specific one silently beats). Not stylelint-config-standard: most of what it
 * adds is layout (a blank line before every rule), which Prettier owns here, and range media
 * queries (`width <= 700px`), which Safari before 16.4 ignores.
 */
const config = {
  extends: ['stylelint-config-recommended'],
  rules: {
    // The visually-hidden pattern's `clip`, for the browsers that predate `clip-path`.
    'property-no-deprecated': [true, { ignoreProperties: ['clip'] }],
  },
};

export default config;
