<?php
/**
 * Uninstall: the plugin stores nothing (no option, transient, table, user or post meta, file or cron event): its
 * settings live in each block's comment and each shortcode. Deleting the plugin's folder removes everything. To stay
 * true if a later version adds options, every option and transient under the plugin's prefix is deleted, on every
 * site of a network; the end-to-end test checks that none remains.
 *
 * @package KetamineExplainer
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** Deletes every option (and transient) of the current site named with the plugin's prefix. */
function ketamine_explainer_delete_options() {
	global $wpdb;
	$names = $wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- finds options by prefix; uninstall runs once.
		$wpdb->prepare(
			"SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( 'ketamine_explainer' ) . '%',
			$wpdb->esc_like( '_transient_ketamine_explainer' ) . '%',
			$wpdb->esc_like( '_transient_timeout_ketamine_explainer' ) . '%'
		)
	);
	foreach ( $names as $name ) {
		delete_option( $name );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $ketamine_explainer_site ) {
		switch_to_blog( $ketamine_explainer_site );
		ketamine_explainer_delete_options();
		restore_current_blog();
	}
} else {
	ketamine_explainer_delete_options();
}
