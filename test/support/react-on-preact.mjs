// `react` for the unit tests: the same Preact the extension ships (see PREACT_ALIASES in
// wxt.config.ts), plus `act`, which React exports from `react` and Preact from its test utils.
export * from 'preact/compat';
export { default } from 'preact/compat';
export { act } from 'preact/test-utils';
