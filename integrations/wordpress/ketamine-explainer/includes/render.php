<?php
/**
 * The element, server-rendered: the locale's prerendered embed (templates/<locale>.json, made at build time from
 * scripts/prerender.mjs) with the placeholders filled for the attributes, so that its content is in the page's HTML
 * and the element upgrades it in place. Plain PHP, no WordPress call: tests/wordpress/render.test.mjs runs it
 * with php-cli and compares it byte for byte with prerender().
 *
 * @package KetamineExplainer
 */

defined( 'KETAMINE_EXPLAINER_RENDERER' ) || exit;

/** As scripts/escape-html.mjs, which writes the element's own attributes in prerender(). */
function ketamine_explainer_escape_attribute( $text ) {
	return htmlspecialchars( $text, ENT_COMPAT | ENT_SUBSTITUTE, 'UTF-8' );
}

/** Text inside the shadow root, as linkedom serialises it in prerender(): &, <, > and U+00A0 escaped. */
function ketamine_explainer_escape_text( $text ) {
	return strtr(
		$text,
		array(
			'&'      => '&amp;',
			'<'      => '&lt;',
			'>'      => '&gt;',
			"\u{A0}" => '&#160;',
		)
	);
}

/**
 * An attribute value inside the shadow root, as scripts/serialize-html.mjs writes it in prerender(): &, " and U+00A0
 * escaped (an unescaped & let "clinic.example&commat;evil.example" become a link to evil.example).
 */
function ketamine_explainer_escape_markup_attribute( $text ) {
	return strtr(
		$text,
		array(
			'&'      => '&amp;',
			'"'      => '&quot;',
			"\u{A0}" => '&#160;',
		)
	);
}

/** The decoded template for a locale, cached for the request. */
function ketamine_explainer_template( $locale, $templates_dir ) {
	static $cache = array();
	$path = $templates_dir . '/' . $locale . '.json';
	if ( ! isset( $cache[ $path ] ) ) {
		$cache[ $path ] = json_decode( file_get_contents( $path ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	}
	return $cache[ $path ];
}

/** A sentence around a contact, the contact isolated left to right (as clinicCrisisNotice()). */
function ketamine_explainer_with_contact( $sentence, $shown ) {
	return $sentence[0] . '<bdi dir="ltr">' . ketamine_explainer_escape_text( $shown ) . '</bdi>' . $sentence[1];
}

/** The crisis notice's contact lines and links for the clinic's contacts (clinic-crisis.ts, article-markup.ts). */
function ketamine_explainer_clinic_crisis( $contacts, $labels ) {
	$html = '';
	if ( $contacts['emergency'] ) {
		$html .= '<p>' . ketamine_explainer_with_contact( $labels['emergency'], $contacts['emergency']['shown'] ) . '</p>';
	}
	if ( $contacts['call'] || $contacts['text'] ) {
		$html .= '<p>' . $labels['reachOut'] . '</p>';
	}
	$html .= '<ul class="crisis-links">';
	foreach ( array( $contacts['call'], $contacts['text'], $contacts['emergency'] ) as $link ) {
		if ( $link ) {
			$html .= '<li><a href="' . ketamine_explainer_escape_markup_attribute( $link['href'] ) . '">'
				. ketamine_explainer_with_contact( $labels[ $link['kind'] ], $link['shown'] ) . '</a></li>';
		}
	}
	return $html . '</ul>';
}

/** ` name="value"` for each attribute, bare names for booleans, in the given order. */
function ketamine_explainer_host_attributes( $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . ketamine_explainer_escape_attribute( $value ) . '"';
	}
	return $html;
}

/**
 * The element's HTML.
 *
 * @param array  $attributes    Validated attributes (ketamine_explainer_sanitize_attributes()).
 * @param string $base_url      Where the widget's files are served, ending in "/".
 * @param string $page_locale   The page's locale (get_locale()), used when `lang` is not set ("follow the page").
 * @param string $templates_dir The folder of the per-locale templates.
 */
function ketamine_explainer_render( $attributes, $base_url, $page_locale, $templates_dir ) {
	$locale   = ketamine_explainer_match_locale( isset( $attributes['lang'] ) ? $attributes['lang'] : $page_locale );
	$locale   = $locale ? $locale : 'en';
	$contacts = ketamine_explainer_crisis_contacts(
		isset( $attributes['crisis-call'] ) ? $attributes['crisis-call'] : null,
		isset( $attributes['crisis-text'] ) ? $attributes['crisis-text'] : null,
		isset( $attributes['emergency-call'] ) ? $attributes['emergency-call'] : null
	);
	$host     = ketamine_explainer_host_attributes( $attributes );
	$template = ketamine_explainer_template( $locale, $templates_dir );
	$level    = isset( $attributes['heading-level'] ) ? (int) $attributes['heading-level'] : 2;
	$open     = isset( $attributes['open'] ) ? explode( ' ', $attributes['open'] ) : array();
	$scheme   = isset( $attributes['color-scheme'] ) ? $attributes['color-scheme'] : 'auto';
	$surfaces = array(
		'auto'  => ' auto',
		'dark'  => ' dark own-surface',
		'light' => '',
	);
	$fill     = array(
		'{{kx:base}}'     => ketamine_explainer_escape_attribute( $base_url ),
		'{{kx:surface}}'  => $surfaces[ $scheme ],
		'{{kx:title}}'    => (string) $level,
		'{{kx:sections}}' => (string) ( $level + 1 ),
		'{{kx:picker}}'   => isset( $attributes['language-picker'] ) ? $template['picker'] : '',
		'{{kx:crisis}}'   => $contacts ? ketamine_explainer_clinic_crisis( $contacts, $template['labels'] ) : $template['usCrisis'],
	);
	foreach ( KETAMINE_EXPLAINER_SECTION_IDS as $id ) {
		$fill[ '{{kx:open:' . $id . '}}' ] = in_array( 'all', $open, true ) || in_array( $id, $open, true ) ? $template['openAttribute'] : '';
	}
	return '<ketamine-explainer' . $host . '>' . strtr( $template['body'], $fill );
}
