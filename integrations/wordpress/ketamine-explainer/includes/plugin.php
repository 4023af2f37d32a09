<?php
/**
 * WordPress glue: the block, the shortcode and the module script. The rendering itself is plain PHP (render.php).
 *
 * @package KetamineExplainer
 */

defined( 'ABSPATH' ) || exit;

define( 'KETAMINE_EXPLAINER_RENDERER', true );
require_once __DIR__ . '/contacts.php';
require_once __DIR__ . '/attributes.php';
require_once __DIR__ . '/render.php';

/** The plugin's main file (for plugins_url()). */
function ketamine_explainer_main_file() {
	return dirname( __DIR__ ) . '/ketamine-explainer.php';
}

/** The module's subresource integrity hash, from assets/integrity.json (written by the widget's build). */
function ketamine_explainer_integrity( $file ) {
	static $hashes = null;
	if ( null === $hashes ) {
		$json   = file_get_contents( dirname( __DIR__ ) . '/assets/integrity.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$hashes = is_string( $json ) ? json_decode( $json, true ) : array();
	}
	return isset( $hashes[ $file ] ) ? $hashes[ $file ] : null;
}

/**
 * The module, registered once; enqueued (once per page, however many explainers) by the first render. WordPress 6.5+
 * has script modules; before, a classic registration whose tag script_loader_tag turns into type="module".
 */
function ketamine_explainer_register_script() {
	$src = plugins_url( 'assets/ketamine-explainer.js', ketamine_explainer_main_file() );
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( 'ketamine-explainer', $src, array(), KETAMINE_EXPLAINER_VERSION );
	} else {
		wp_register_script( 'ketamine-explainer', $src, array(), KETAMINE_EXPLAINER_VERSION, true );
	}
}
add_action( 'init', 'ketamine_explainer_register_script' );

/**
 * The module script's tag, on the site before WordPress 6.5 and in the editor: type="module", with SRI (crossorigin as
 * SRI needs for CORS).
 */
function ketamine_explainer_script_tag( $tag, $handle, $src ) {
	$ids = array(
		'ketamine-explainer'               => 'ketamine-explainer-js',
		'ketamine-explainer-editor-module' => 'ketamine-explainer-editor-module-js',
	);
	if ( ! isset( $ids[ $handle ] ) ) {
		return $tag;
	}
	$integrity = ketamine_explainer_integrity( 'ketamine-explainer.js' );
	return sprintf(
		'<script type="module" src="%s" id="%s"%s></script>' . "\n",
		esc_url( $src ),
		$ids[ $handle ],
		$integrity ? ' integrity="' . esc_attr( $integrity ) . '" crossorigin="anonymous"' : ''
	);
}
add_filter( 'script_loader_tag', 'ketamine_explainer_script_tag', 10, 3 );

/** Enqueues the module; WordPress prints it once however often this runs. */
function ketamine_explainer_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'ketamine-explainer' );
	} else {
		wp_enqueue_script( 'ketamine-explainer' );
	}
}

/**
 * The element for validated options: the prerendered embed, with the module enqueued. Its [ and ] are written as
 * character references: a block's output goes through do_shortcode() with the rest of the post, and a contact URL
 * such as https://help.example/?q=[ketamine_explainer] would otherwise render an explainer inside the explainer.
 */
function ketamine_explainer_html( $input ) {
	ketamine_explainer_enqueue();
	$html = ketamine_explainer_render(
		ketamine_explainer_sanitize_attributes( $input ),
		plugins_url( 'assets/', ketamine_explainer_main_file() ),
		get_locale(),
		dirname( __DIR__ ) . '/templates'
	);
	return strtr(
		$html,
		array(
			'[' => '&#91;',
			']' => '&#93;',
		)
	);
}

/**
 * [ketamine_explainer lang="es" heading-level="3" crisis-call="116 123" language-picker]: the element's own
 * attribute names. A bare name (language-picker, remember) arrives as a positional value.
 */
function ketamine_explainer_shortcode( $atts ) {
	$input = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$input[ strtolower( $value ) ] = '';
		} else {
			$input[ $key ] = $value;
		}
	}
	return ketamine_explainer_html( $input );
}
add_shortcode( 'ketamine_explainer', 'ketamine_explainer_shortcode' );

/** The block's attributes (camelCase in block.json) as the element's attribute names. */
function ketamine_explainer_block_input( $attributes ) {
	$names = array(
		'lang'          => 'lang',
		'headingLevel'  => 'heading-level',
		'open'          => 'open',
		'colorScheme'   => 'color-scheme',
		'crisisCall'    => 'crisis-call',
		'crisisText'    => 'crisis-text',
		'emergencyCall' => 'emergency-call',
		'lastReviewed'  => 'last-reviewed',
	);
	$input = array();
	foreach ( $names as $key => $name ) {
		if ( isset( $attributes[ $key ] ) && '' !== $attributes[ $key ] ) {
			$input[ $name ] = (string) $attributes[ $key ];
		}
	}
	foreach ( array( 'languagePicker' => 'language-picker', 'remember' => 'remember' ) as $key => $name ) {
		if ( ! empty( $attributes[ $key ] ) ) {
			$input[ $name ] = true;
		}
	}
	return $input;
}

/** The block's render callback: a dynamic block, so the post holds only its comment and kses never sees markup. */
function ketamine_explainer_render_block( $attributes ) {
	return ketamine_explainer_html( ketamine_explainer_block_input( $attributes ) );
}

/** The block, from block.json; its editor script previews the real element with the module. */
function ketamine_explainer_register_block() {
	register_block_type(
		dirname( __DIR__ ) . '/blocks/explainer',
		array( 'render_callback' => 'ketamine_explainer_render_block' )
	);
	wp_set_script_translations( 'ketamine-explainer-explainer-editor-script', 'ketamine-explainer', dirname( __DIR__ ) . '/languages' );
}
add_action( 'init', 'ketamine_explainer_register_block' );

/**
 * The editor's live preview renders the real element, so the editor loads the module too. Block editor pages have
 * no script modules before 6.5's admin support, so it is a classic registration with type="module" there too.
 */
function ketamine_explainer_editor_module() {
	wp_enqueue_script(
		'ketamine-explainer-editor-module',
		plugins_url( 'assets/ketamine-explainer.js', ketamine_explainer_main_file() ),
		array(),
		KETAMINE_EXPLAINER_VERSION,
		true
	);
}
add_action( 'enqueue_block_editor_assets', 'ketamine_explainer_editor_module' );


/** Translations of the admin strings. */
function ketamine_explainer_load_textdomain() {
	load_plugin_textdomain( 'ketamine-explainer', false, dirname( plugin_basename( ketamine_explainer_main_file() ) ) . '/languages' );
}
add_action( 'init', 'ketamine_explainer_load_textdomain' );
