/** Rendering a record for people to look at: `render(record)` and the playground's page. */
export { render, playgroundPage, type RenderOptions } from './page.js';
export { recordView } from './view.js';
