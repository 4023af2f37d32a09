/** Entry of the classic-script build (`ketamine-explainer.iife.js`): registers the element and adds no global. */
import './index.js';
