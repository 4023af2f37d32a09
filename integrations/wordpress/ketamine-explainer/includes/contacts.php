<?php
/**
 * Crisis contacts (crisis-call, crisis-text, emergency-call), validated as the element validates them
 * (src/opt-in/contact-links.ts), so that the server-rendered notice shows and dials exactly what the element will.
 *
 * Plain phone numbers and tel:, sms: and mailto: URLs, and http(s) URLs of the common shape, are reproduced exactly,
 * tabs and line breaks removed and fragments handled as the URL parser does. Every value is validated first: one the
 * element would reject is dropped here too (the notice then keeps the defaults, as the element does), and a number is
 * shown only in its visible form, so that no bidi control can make a link read one number and dial another. An http(s)
 * URL outside the common shape (an internationalised host, an IP address, dot segments, a fragment...), whose
 * normalisation by the browser's URL parser PHP cannot promise to reproduce byte for byte, is linked as written (its
 * host shown): the element, once it runs, shows its own normalised link in its place.
 *
 * @package KetamineExplainer
 */

defined( 'KETAMINE_EXPLAINER_RENDERER' ) || exit;

/** JavaScript's \s (WhiteSpace and LineTerminator), for PCRE character classes; PCRE's own \s differs (U+0085). */
const KETAMINE_EXPLAINER_JS_SPACE = '\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

/** Whether text is valid UTF-8 (without mbstring, which php-cli and many hosts lack). */
function ketamine_explainer_is_utf8( $text ) {
	return 1 === preg_match( '//u', $text );
}

/** JavaScript's String.prototype.trim(). */
function ketamine_explainer_js_trim( $text ) {
	return preg_replace( '/^[' . KETAMINE_EXPLAINER_JS_SPACE . ']+|[' . KETAMINE_EXPLAINER_JS_SPACE . ']+$/u', '', $text );
}

/** Text as the reader should see it: no format characters (Cf), each run of white space one space, trimmed. */
function ketamine_explainer_visible( $text ) {
	$text = preg_replace( '/\p{Cf}/u', '', $text );
	$text = preg_replace( '/[' . KETAMINE_EXPLAINER_JS_SPACE . ']+/u', ' ', $text );
	return ketamine_explainer_js_trim( $text );
}

/** The element's PHONE_NUMBER: digits (ASCII only, as JavaScript's \d), a leading +, *, # and separators. */
function ketamine_explainer_is_phone_number( $text ) {
	return 1 === preg_match( '/^\+?(?=.*[0-9])[0-9' . KETAMINE_EXPLAINER_JS_SPACE . '().*#-]{2,30}\z/u', $text );
}

/** The link the element makes from a number: it dials the digits, +, * and # (escaped). */
function ketamine_explainer_phone_link( $scheme, $number, $query = '' ) {
	$dialled = str_replace( '#', '%23', preg_replace( '/[^0-9+*#]/', '', $number ) );
	return array(
		'href'  => $scheme . ':' . $dialled . $query,
		'kind'  => 'tel' === $scheme ? 'call' : 'text',
		'shown' => $number,
	);
}

/** decodeURIComponent(), or null where it would throw (a malformed escape, or bytes that are not UTF-8). */
function ketamine_explainer_decode_uri_component( $text ) {
	if ( preg_match( '/%(?![0-9A-Fa-f]{2})/', $text ) ) {
		return null;
	}
	$decoded = rawurldecode( $text );
	return ketamine_explainer_is_utf8( $decoded ) ? $decoded : null;
}

/** Each byte matching $pattern as %XX, as the URL standard's percent-encode sets. */
function ketamine_explainer_percent_encode( $text, $pattern ) {
	return preg_replace_callback(
		$pattern,
		function ( $matches ) {
			return sprintf( '%%%02X', ord( $matches[0] ) );
		},
		$text
	);
}

/** The URL standard's query percent-encode set for a non-special URL: C0 controls, space, ", #, <, > and non-ASCII. */
function ketamine_explainer_encode_query( $query ) {
	return ketamine_explainer_percent_encode( $query, '/[\x00-\x20"#<>\x7F-\xFF]/' );
}

/** The URL standard's fragment percent-encode set: C0 controls, space, ", <, >, ` and non-ASCII. */
function ketamine_explainer_encode_fragment( $fragment ) {
	return ketamine_explainer_percent_encode( $fragment, '/[\x00-\x20"<>`\x7F-\xFF]/' );
}

/**
 * One contact, as the element's contactLink(): null when it is unusable (the element ignores it, with a warning),
 * else array( href, kind, shown ).
 *
 * @param string   $value     The attribute's value.
 * @param string   $scheme    'tel' or 'sms', for plain numbers.
 * @param string[] $protocols The URL schemes accepted.
 */
function ketamine_explainer_contact_link( $value, $scheme, $protocols = array( 'http', 'https', 'tel', 'mailto', 'sms' ) ) {
	if ( ! is_string( $value ) || ! ketamine_explainer_is_utf8( $value ) ) {
		return null;
	}
	$text = ketamine_explainer_js_trim( $value );
	if ( '' === $text ) {
		return null;
	}
	if ( ketamine_explainer_is_phone_number( ketamine_explainer_visible( $text ) ) ) {
		return ketamine_explainer_phone_link( $scheme, ketamine_explainer_visible( $text ) );
	}
	// The URL parser's first steps: C0 controls and spaces trimmed, then every tab and line break removed.
	$url_text = preg_replace( '/[\t\n\r]/', '', trim( $text, "\x00..\x20" ) );
	if ( ! preg_match( '/^([A-Za-z][A-Za-z0-9+.-]*):(.*)\z/s', $url_text, $parts ) ) {
		return null; // Not absolute: new URL() throws.
	}
	$protocol = strtolower( $parts[1] );
	if ( ! in_array( $protocol, $protocols, true ) ) {
		return null; // Ignored whether or not it parses.
	}
	if ( 'http' === $protocol || 'https' === $protocol ) {
		return ketamine_explainer_web_link( $protocol, $parts[2] );
	}
	// Opaque paths (tel:116 123): kept as written up to the query, C0 controls and non-ASCII bytes percent-encoded;
	// a fragment (after #) is no part of a number. A path starting with / holds no number or address the element
	// accepts, nor does one whose spaces end just before a query in the URL parsers of today.
	$fragment_at = strpos( $parts[2], '#' );
	$rest        = false === $fragment_at ? $parts[2] : substr( $parts[2], 0, $fragment_at );
	$fragment    = false === $fragment_at ? '' : '#' . ketamine_explainer_encode_fragment( substr( $parts[2], $fragment_at + 1 ) );
	if ( ! preg_match( '/^([^\/?][^?]*)?(\?.*)?\z/s', $rest, $url ) ) {
		return null;
	}
	$pathname = ketamine_explainer_percent_encode( isset( $url[1] ) ? $url[1] : '', '/[\x00-\x1F\x7F-\xFF]/' );
	$query    = isset( $url[2] ) ? ketamine_explainer_encode_query( $url[2] ) : '';
	$search   = '?' === $query ? '' : $query; // As URL.search: empty for a lone "?", which the href keeps.
	$path     = ketamine_explainer_decode_uri_component( $pathname );
	$path     = null === $path ? '' : $path;
	if ( 'mailto' === $protocol ) {
		$is_address = preg_match( '/^[^' . KETAMINE_EXPLAINER_JS_SPACE . '@\p{Cc}]+@[^' . KETAMINE_EXPLAINER_JS_SPACE . '@\p{Cc}]+\z/u', $path );
		return $is_address && ketamine_explainer_visible( $path ) === $path && ' ' !== substr( $pathname, -1 )
			? array(
				'href'  => 'mailto:' . $pathname . $query . $fragment,
				'kind'  => 'email',
				'shown' => $path,
			)
			: null;
	}
	preg_match( '/^\+?[0-9' . KETAMINE_EXPLAINER_JS_SPACE . '().*#-]*/u', ketamine_explainer_visible( $path ), $leading );
	$number = ketamine_explainer_visible( $leading[0] );
	if ( ! ketamine_explainer_is_phone_number( $number ) ) {
		return null;
	}
	return 'sms' === $protocol
		? ketamine_explainer_phone_link( 'sms', $number, $search )
		: ketamine_explainer_phone_link( 'tel', $number );
}

/**
 * An http(s) URL: of the common shape (a name host, an optional port, a plain path and query) exactly as the browser
 * writes it, else as written with its host shown (see the file comment).
 */
function ketamine_explainer_web_link( $protocol, $rest ) {
	$host  = '(?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]+\.?';
	$path  = '(\/[A-Za-z0-9\-._~!$&\'()*+,;=:@\/]*)?';
	$query = '(\?[A-Za-z0-9\-._~!$&\'()*+,;=:@\/?]*)?';
	if ( ! preg_match( '/^\/\/(' . $host . ')(?::([0-9]{1,5}))?' . $path . $query . '\z/', $rest, $url ) ) {
		return ketamine_explainer_web_link_as_written( $protocol, $rest );
	}
	$hostname = strtolower( $url[1] );
	$labels   = explode( '.', rtrim( $hostname, '.' ) );
	$last     = end( $labels );
	$port     = isset( $url[2] ) && '' !== $url[2] ? (int) $url[2] : null;
	// Numeric hosts go through the IPv4 parser, xn-- labels through IDNA; dot segments are resolved.
	if ( preg_match( '/^(0x[0-9a-f]*|[0-9]+)\z/', $last ) || preg_match( '/(^|\.)xn--/', $hostname )
		|| ( isset( $url[3] ) && preg_match( '/\/\.\.?(\/|\z)/', $url[3] ) ) || ( null !== $port && $port > 65535 ) ) {
		return ketamine_explainer_web_link_as_written( $protocol, $rest );
	}
	if ( null !== $port && $port === ( 'https' === $protocol ? 443 : 80 ) ) {
		$port = null;
	}
	$shown    = null === $port ? $hostname : $hostname . ':' . $port;
	$pathname = isset( $url[3] ) && '' !== $url[3] ? $url[3] : '/';
	$query    = isset( $url[4] ) ? $url[4] : '';
	return array(
		'href'  => $protocol . '://' . $shown . $pathname . $query,
		'kind'  => 'web',
		'shown' => $shown,
	);
}

/**
 * An http(s) URL PHP cannot normalise as the browser will: linked as written (the browser's parser reads the href),
 * its host, as written and without format characters, shown; null where it has no host, as new URL() would throw.
 */
function ketamine_explainer_web_link_as_written( $protocol, $rest ) {
	if ( ! preg_match( '/^[\/\\\\]*([^\/\\\\?#]+)/', $rest, $authority ) ) {
		return null;
	}
	$host = ketamine_explainer_visible( preg_replace( '/^.*@/s', '', $authority[1] ) );
	if ( '' === $host ) {
		return null;
	}
	return array(
		'href'  => $protocol . ':' . $rest,
		'kind'  => 'web',
		'shown' => strtolower( $host ),
	);
}

/**
 * The clinic's contacts, as the element's clinicCrisisContacts(): null when none can be used (the notice keeps the
 * defaults), else array( call, text, emergency ) with null for those not given or rejected.
 */
function ketamine_explainer_crisis_contacts( $call, $text, $emergency ) {
	$contacts = array(
		'call'      => ketamine_explainer_contact_link( $call, 'tel' ),
		'text'      => ketamine_explainer_contact_link( $text, 'sms' ),
		'emergency' => ketamine_explainer_contact_link( $emergency, 'tel', array( 'tel' ) ),
	);
	return array_filter( $contacts ) ? $contacts : null;
}
