/**
 * The "Ketamine explainer" block in the editor: its options in the sidebar, and a live preview that is the real
 * element (the editor loads the widget's module), so the preview changes as options change without a round trip to
 * the server and looks exactly as on the page. Plain JavaScript on the wp.* globals: no build step. The block is
 * dynamic (render_callback in PHP): save() returns null, so the post holds only the block comment.
 */
(function (blocks, element, blockEditor, components, i18n) {
  var el = element.createElement;
  var __ = i18n.__;
  var InspectorControls = blockEditor.InspectorControls;
  var useBlockProps = blockEditor.useBlockProps;
  var PanelBody = components.PanelBody;
  var SelectControl = components.SelectControl;
  var TextControl = components.TextControl;
  var ToggleControl = components.ToggleControl;
  var CheckboxControl = components.CheckboxControl;

  // Each language by its own name, as the widget's language picker lists them.
  var LANGUAGES = [
    ['en', 'English'],
    ['es', 'Español'],
    ['zh-Hans', '简体中文'],
    ['zh-Hant', '繁體中文'],
    ['vi', 'Tiếng Việt'],
    ['ko', '한국어'],
    ['tl', 'Tagalog'],
    ['ru', 'Русский'],
    ['ar', 'العربية'],
    ['ht', 'Kreyòl ayisyen'],
    ['fr', 'Français'],
    ['pl', 'Polski'],
    ['pt-BR', 'Português (Brasil)'],
    ['it', 'Italiano'],
    ['de', 'Deutsch'],
    ['ja', '日本語'],
    ['fa', 'فارسی'],
  ];
  var SECTIONS = [
    ['ketamine-what-is-it', __('What is ketamine?', 'ketamine-explainer')],
    ['ketamine-how-it-helps', __('How does it help?', 'ketamine-explainer')],
    ['ketamine-is-it-right-for-me', __('Is it right for me?', 'ketamine-explainer')],
    ['ketamine-next-steps', __('Next steps', 'ketamine-explainer')],
  ];

  /** The element's attributes for the block's: only those set, booleans as empty strings. */
  function elementAttributes(a) {
    var out = {};
    var strings = {
      lang: a.lang,
      'heading-level': a.headingLevel,
      open: a.open,
      'color-scheme': a.colorScheme,
      'crisis-call': a.crisisCall,
      'crisis-text': a.crisisText,
      'emergency-call': a.emergencyCall,
      'last-reviewed': a.lastReviewed,
    };
    Object.keys(strings).forEach(function (name) {
      if (strings[name]) out[name] = strings[name];
    });
    if (a.languagePicker) out['language-picker'] = '';
    if (a.remember) out.remember = '';
    return out;
  }

  /** "none", "all" or "some" (then one checkbox per section). */
  function openMode(open) {
    return open === '' ? 'none' : open === 'all' ? 'all' : 'some';
  }

  function Edit(props) {
    var a = props.attributes;
    var set = props.setAttributes;
    var mode = openMode(a.open);
    var openIds = mode === 'some' ? a.open.split(' ') : [];
    var text = function (label, key, help) {
      return el(TextControl, {
        label: label,
        help: help,
        value: a[key],
        onChange: function (value) {
          var change = {};
          change[key] = value;
          set(change);
        },
      });
    };
    return el(
      'div',
      useBlockProps(),
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          {title: __('Language and layout', 'ketamine-explainer')},
          el(SelectControl, {
            label: __('Language', 'ketamine-explainer'),
            value: a.lang,
            options: [{value: '', label: __('Follow the page', 'ketamine-explainer')}].concat(
              LANGUAGES.map(function (l) {
                return {value: l[0], label: l[1]};
              }),
            ),
            onChange: function (value) {
              set({lang: value});
            },
          }),
          el(SelectControl, {
            label: __('Heading level of the title', 'ketamine-explainer'),
            help: __('Section headings are one level below.', 'ketamine-explainer'),
            value: a.headingLevel,
            options: ['1', '2', '3', '4', '5'].map(function (n) {
              return {value: n, label: 'H' + n};
            }),
            onChange: function (value) {
              set({headingLevel: value});
            },
          }),
          el(SelectControl, {
            label: __('Sections open at start', 'ketamine-explainer'),
            value: mode,
            options: [
              {value: 'none', label: __('None', 'ketamine-explainer')},
              {value: 'all', label: __('All', 'ketamine-explainer')},
              {value: 'some', label: __('Some', 'ketamine-explainer')},
            ],
            onChange: function (value) {
              set({open: value === 'none' ? '' : value === 'all' ? 'all' : SECTIONS[0][0]});
            },
          }),
          mode === 'some'
            ? SECTIONS.map(function (s) {
                return el(CheckboxControl, {
                  key: s[0],
                  label: s[1],
                  checked: openIds.indexOf(s[0]) !== -1,
                  onChange: function (checked) {
                    var ids = SECTIONS.map(function (t) {
                      return t[0];
                    }).filter(function (id) {
                      return id === s[0] ? checked : openIds.indexOf(id) !== -1;
                    });
                    set({open: ids.join(' ')});
                  },
                });
              })
            : null,
          el(SelectControl, {
            label: __('Colour scheme', 'ketamine-explainer'),
            value: a.colorScheme,
            options: [
              {value: 'auto', label: __('Fit the page', 'ketamine-explainer')},
              {value: 'light', label: __('Light', 'ketamine-explainer')},
              {value: 'dark', label: __('Dark', 'ketamine-explainer')},
            ],
            onChange: function (value) {
              set({colorScheme: value});
            },
          }),
          el(ToggleControl, {
            label: __('Language picker', 'ketamine-explainer'),
            checked: a.languagePicker,
            onChange: function (value) {
              set({languagePicker: value});
            },
          }),
          el(ToggleControl, {
            label: __('Remember open sections (this browser session only)', 'ketamine-explainer'),
            checked: a.remember,
            onChange: function (value) {
              set({remember: value});
            },
          }),
          text(
            __('Last reviewed (YYYY-MM-DD)', 'ketamine-explainer'),
            'lastReviewed',
            __('Date of the last medical review. Not shown if not a valid date.', 'ketamine-explainer'),
          ),
        ),
        el(
          PanelBody,
          {title: __('Crisis contacts', 'ketamine-explainer'), initialOpen: false},
          el(
            'p',
            null,
            __(
              'Outside the US, give your local lines: any one replaces all the US contacts (988, 911). Invalid values are ignored.',
              'ketamine-explainer',
            ),
          ),
          text(
            __('Crisis line to call', 'ketamine-explainer'),
            'crisisCall',
            __('A number (116 123) or a tel: or https: link.', 'ketamine-explainer'),
          ),
          text(
            __('Crisis line to text', 'ketamine-explainer'),
            'crisisText',
            __('A number, or sms:85258?body=SHOUT for a keyword.', 'ketamine-explainer'),
          ),
          text(
            __('Emergency number', 'ketamine-explainer'),
            'emergencyCall',
            __('A number (999, 112).', 'ketamine-explainer'),
          ),
        ),
      ),
      el('ketamine-explainer', elementAttributes(a)),
    );
  }

  blocks.registerBlockType('ketamine-explainer/explainer', {
    edit: Edit,
    save: function () {
      return null;
    },
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n);
