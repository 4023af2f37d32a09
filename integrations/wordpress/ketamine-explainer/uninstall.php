<?php
/**
 * Uninstall: the plugin stores nothing (no option, transient, table, user or post meta, file or cron event): its
 * settings live in each block's comment and each shortcode. Deleting the plugin's folder removes everything. To stay
 * true if a later version adds options, the options it owns are listed here by name (none today), and deleted on every
 * site of a network, however many: never by a name pattern, which could match another plugin's options.
 *
 * @package KetamineExplainer
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** Every option this plugin has ever stored, by exact name. A version that adds one adds its name here. */
const KETAMINE_EXPLAINER_OWN_OPTIONS = array();

/** Deletes the plugin's own options from the current site. */
function ketamine_explainer_delete_options() {
	foreach ( KETAMINE_EXPLAINER_OWN_OPTIONS as $name ) {
		delete_option( $name );
	}
}

if ( is_multisite() ) {
	// 'number' => 0: every site (get_sites() returns 100 unless told otherwise).
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $ketamine_explainer_site ) {
		switch_to_blog( $ketamine_explainer_site );
		ketamine_explainer_delete_options();
		restore_current_blog();
	}
} else {
	ketamine_explainer_delete_options();
}
