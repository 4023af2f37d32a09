// How an app that uses a bundler includes the widget under its own tag name (see docs/embedding.md, "From npm, with a
// bundler").
import {defineKetamineExplainer} from 'ketamine-explainer/define.js';
import {KetamineExplainer} from 'ketamine-explainer/ketamine-explainer.js';

defineKetamineExplainer('clinic-explainer');

// The class is exported too, for apps that extend it.
window.__consumerClass = KetamineExplainer;
