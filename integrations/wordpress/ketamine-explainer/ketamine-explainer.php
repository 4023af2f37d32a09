<?php
/**
 * Plugin Name:       Ketamine Explainer
 * Description:       An accessible, translated explainer of ketamine treatment for depression, as a block and a shortcode. Serves every file itself: no external requests.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The ketamine-explainer authors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ketamine-explainer
 * Domain Path:       /languages
 *
 * @package KetamineExplainer
 */

defined( 'ABSPATH' ) || exit;

define( 'KETAMINE_EXPLAINER_VERSION', '0.1.0' );
define( 'KETAMINE_EXPLAINER_MIN_WP', '6.1' );

/**
 * "Requires at least" is honoured, not only stated: on an older WordPress the plugin registers nothing (no block,
 * no shortcode, no script) and tells administrators why.
 */
function ketamine_explainer_wordpress_is_supported() {
	return version_compare( get_bloginfo( 'version' ), KETAMINE_EXPLAINER_MIN_WP, '>=' );
}

/** The admin notice shown on an unsupported WordPress. */
function ketamine_explainer_unsupported_notice() {
	if ( ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	printf(
		'<div class="notice notice-error"><p>%s</p></div>',
		esc_html(
			sprintf(
				/* translators: 1: required WordPress version, 2: installed WordPress version. */
				__( 'Ketamine Explainer needs WordPress %1$s or later (this site runs %2$s), so it does nothing. Please update WordPress.', 'ketamine-explainer' ),
				KETAMINE_EXPLAINER_MIN_WP,
				get_bloginfo( 'version' )
			)
		)
	);
}

if ( ! ketamine_explainer_wordpress_is_supported() ) {
	add_action( 'admin_notices', 'ketamine_explainer_unsupported_notice' );
	return;
}

require_once __DIR__ . '/includes/plugin.php';
