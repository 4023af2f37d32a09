<?php
/**
 * The element's attributes, validated on the server with the element's own rules (README, "Attributes and
 * properties"): a valid value is kept, anything else is dropped so that the element uses its default.
 *
 * @package KetamineExplainer
 */

defined( 'KETAMINE_EXPLAINER_RENDERER' ) || exit;

/** Every locale the explainer has (lit-localize.json), and the other language subtags that mean one of them. */
const KETAMINE_EXPLAINER_LOCALES = array( 'en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ru', 'ar', 'ht', 'fr', 'pl', 'pt-BR', 'it', 'de', 'ja', 'fa' );
const KETAMINE_EXPLAINER_ALIASES = array(
	'fil' => 'tl',
	'pes' => 'fa',
	'pt'  => 'pt-BR',
);
const KETAMINE_EXPLAINER_SECTION_IDS = array( 'ketamine-what-is-it', 'ketamine-how-it-helps', 'ketamine-is-it-right-for-me', 'ketamine-next-steps' );

/**
 * The locale a language tag asks for (the element's matchLocale(): es-MX is es, fil is tl, zh-TW is zh-Hant), or
 * null. WordPress locales (es_ES, pt_BR, zh_CN, zh_TW) are language tags written with "_", which it accepts.
 */
function ketamine_explainer_match_locale( $tag ) {
	$subtags  = explode( '-', str_replace( '_', '-', strtolower( trim( (string) $tag ) ) ) );
	$language = array_shift( $subtags );
	if ( 'zh' === $language ) {
		if ( in_array( 'hant', $subtags, true ) ) {
			return 'zh-Hant';
		}
		if ( in_array( 'hans', $subtags, true ) ) {
			return 'zh-Hans';
		}
		return array_intersect( array( 'tw', 'hk', 'mo' ), $subtags ) ? 'zh-Hant' : 'zh-Hans';
	}
	foreach ( KETAMINE_EXPLAINER_LOCALES as $locale ) {
		if ( strtolower( $locale ) === $language ) {
			return $locale;
		}
	}
	return isset( KETAMINE_EXPLAINER_ALIASES[ $language ] ) ? KETAMINE_EXPLAINER_ALIASES[ $language ] : null;
}

/**
 * The attributes to write on the element, validated: array( name => string|true ), in the element's order. Input
 * uses the attribute names (lang, heading-level, ...); booleans accept true, "1", "true", "yes" and "" (a bare
 * shortcode attribute). Crisis contacts are kept as given when the element accepts them (see contacts.php).
 */
function ketamine_explainer_sanitize_attributes( $input ) {
	$get = function ( $name ) use ( $input ) {
		return isset( $input[ $name ] ) && is_scalar( $input[ $name ] ) ? (string) $input[ $name ] : null;
	};
	$out  = array();
	$lang = $get( 'lang' );
	if ( null !== $lang && preg_match( '/^[A-Za-z0-9_-]{1,35}\z/', trim( $lang ) ) && ketamine_explainer_match_locale( $lang ) ) {
		$out['lang'] = trim( $lang );
	}
	$level = $get( 'heading-level' );
	if ( null !== $level && preg_match( '/^[1-5]\z/', trim( $level ) ) ) {
		$out['heading-level'] = trim( $level );
	}
	$open = ketamine_explainer_open_sections( $get( 'open' ) );
	if ( '' !== $open ) {
		$out['open'] = $open;
	}
	foreach ( array( 'crisis-call', 'crisis-text', 'emergency-call' ) as $name ) {
		$value = $get( $name );
		$link  = null === $value ? null : ketamine_explainer_contact_link(
			$value,
			'crisis-text' === $name ? 'sms' : 'tel',
			'emergency-call' === $name ? array( 'tel' ) : array( 'http', 'https', 'tel', 'mailto', 'sms' )
		);
		if ( null !== $link ) {
			$out[ $name ] = $value;
		}
	}
	$scheme = $get( 'color-scheme' );
	if ( in_array( $scheme, array( 'light', 'dark', 'auto' ), true ) ) {
		$out['color-scheme'] = $scheme;
	}
	if ( ketamine_explainer_is_on( $input, 'language-picker' ) ) {
		$out['language-picker'] = true;
	}
	$date = $get( 'last-reviewed' );
	if ( null !== $date && preg_match( '/^([0-9]{4})-([0-9]{2})-([0-9]{2})\z/', trim( $date ), $ymd )
		&& checkdate( (int) $ymd[2], (int) $ymd[3], (int) $ymd[1] ) ) {
		$out['last-reviewed'] = trim( $date );
	}
	if ( ketamine_explainer_is_on( $input, 'remember' ) ) {
		$out['remember'] = true;
	}
	return $out;
}

/** A boolean option: true, or a string a person would mean as yes (a bare shortcode attribute arrives as ""). */
function ketamine_explainer_is_on( $input, $name ) {
	if ( ! array_key_exists( $name, $input ) ) {
		return false;
	}
	$value = $input[ $name ];
	return true === $value || ( is_string( $value ) && in_array( strtolower( trim( $value ) ), array( '', '1', 'true', 'yes', 'on', $name ), true ) );
}

/** "all", or the known section ids named (case-insensitively, canonical spelling), space-separated; else "". */
function ketamine_explainer_open_sections( $value ) {
	if ( null === $value ) {
		return '';
	}
	$tokens = preg_split( '/\s+/', strtolower( $value ), -1, PREG_SPLIT_NO_EMPTY );
	if ( in_array( 'all', $tokens, true ) ) {
		return 'all';
	}
	$ids = array();
	foreach ( KETAMINE_EXPLAINER_SECTION_IDS as $id ) {
		if ( in_array( $id, $tokens, true ) ) {
			$ids[] = $id;
		}
	}
	return implode( ' ', $ids );
}
