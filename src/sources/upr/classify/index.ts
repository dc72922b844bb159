export { classifyRecommendation } from './classify.js';
export { classifyAction } from './action.js';
export { classifyThemes, THEME_VOCABULARY } from './themes.js';
export { classifyTone } from './tone.js';
export { classifyNarrative, saysRepeated } from './narrative.js';
