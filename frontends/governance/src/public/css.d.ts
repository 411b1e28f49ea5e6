// Vite's `?inline` import: the processed (minified in a build) CSS as a string.
declare module '*.css?inline' {
  const css: string;
  // eslint-disable-next-line import-x/no-default-export -- the shape Vite gives (a default string)
  export default css;
}
