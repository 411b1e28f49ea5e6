// Public API of the transparency module: 村务公开, a village's published monthly counts.
export { transparencyModule } from './transparency.module.js';
