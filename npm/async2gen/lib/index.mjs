// ES module entry: the same API as index.js.
import api from './index.js';
export const { transform, transformSync, transformFile, transformFileSync, printHelpers, mentionsAsync, Async2genError } = api;
export default api;
