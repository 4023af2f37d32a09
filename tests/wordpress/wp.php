<?php
/**
 * Drives the test's WordPress from the command line (php wp.php <action>), as an administrator or an author would:
 *   install Z  install the plugin from its zip Z as Plugins > Add New > Upload Plugin does (WordPress's Plugin_Upgrader);
 *              prints what WordPress says of it
 *   old        load the plugin as on WordPress 6.0 (before "Requires at least"); prints what it registered
 *   setup      activate the plugin, create an author, publish the test posts; prints {name: {url, content}} as JSON
 *   locale X   set the site's language (WPLANG) to X ("" for English)
 *   login U    WordPress's own login cookies for user U (as wp_signon() would set them), so that a browser test is
 *              logged in without typing into wp-login.php, whose script refocuses the user field while it is typed in
 *   uninstall  deactivate and delete the plugin as WordPress's Plugins screen does (uninstall.php runs); prints what
 *              is left: options named with the plugin's prefix, and whether its folder exists
 *
 * @package KetamineExplainer
 */

$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

const KX_PLUGIN = 'ketamine-explainer/ketamine-explainer.php';

/** Publishes a post as the current user, through kses as WordPress applies it to that user's role. */
function kx_publish( $title, $content, $type = 'post' ) {
	kses_remove_filters();
	kses_init(); // Adds the content filters unless the current user has unfiltered_html.
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => 'publish',
				'post_type'    => $type,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() );
		exit( 1 );
	}
	return array(
		'url'     => get_permalink( $id ),
		'content' => get_post_field( 'post_content', $id, 'raw' ),
		'kses'    => ! current_user_can( 'unfiltered_html' ),
	);
}

$action = isset( $argv[1] ) ? $argv[1] : '';
if ( 'install' === $action ) {
	require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
	wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
	$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
	$result   = $upgrader->install( $argv[2] );
	$plugins  = get_plugins();
	echo wp_json_encode(
		array(
			'installed' => true === $result,
			'plugin'    => $upgrader->plugin_info(),
			'name'      => isset( $plugins[ KX_PLUGIN ] ) ? $plugins[ KX_PLUGIN ]['Name'] : null,
			'messages'  => $upgrader->skin->get_upgrade_messages(),
		)
	);
	exit( true === $result ? 0 : 1 );
} elseif ( 'old' === $action ) {
	// The plugin is not active yet: load its main file as WordPress would, on an older version.
	$admin = get_user_by( 'login', 'admin' );
	wp_set_current_user( $admin->ID );
	$GLOBALS['wp_version'] = '6.0';
	require WP_PLUGIN_DIR . '/' . KX_PLUGIN;
	do_action( 'init' );
	ob_start();
	do_action( 'admin_notices' );
	$notices = ob_get_clean();
	echo wp_json_encode(
		array(
			'shortcode' => shortcode_exists( 'ketamine_explainer' ),
			'block'     => WP_Block_Type_Registry::get_instance()->is_registered( 'ketamine-explainer/explainer' ),
			'script'    => wp_script_is( 'ketamine-explainer', 'registered' ),
			'notice'    => wp_strip_all_tags( $notices ),
		)
	);
} elseif ( 'setup' === $action ) {
	$admin = get_user_by( 'login', 'admin' );
	wp_set_current_user( $admin->ID );
	$activated = activate_plugin( KX_PLUGIN );
	if ( is_wp_error( $activated ) ) {
		fwrite( STDERR, $activated->get_error_message() );
		exit( 1 );
	}
	update_option( 'permalink_structure', '' );
	$posts             = array();
	$posts['block']    = kx_publish( 'Block, Spanish', '<!-- wp:ketamine-explainer/explainer {"lang":"es","headingLevel":"3","open":"all"} /-->' );
	$posts['together'] = kx_publish(
		'Two blocks and a shortcode',
		"<!-- wp:ketamine-explainer/explainer /-->\n\n" .
		"<!-- wp:ketamine-explainer/explainer {\"lang\":\"fr\",\"colorScheme\":\"dark\",\"languagePicker\":true} /-->\n\n" .
		"<!-- wp:shortcode -->\n[ketamine_explainer lang=\"de\" heading-level=\"3\" crisis-call=\"116 123\" crisis-text=\"sms:85258?body=SHOUT\" emergency-call=\"999\" last-reviewed=\"2026-10-01\" remember]\n<!-- /wp:shortcode -->",
		'page'
	);
	$author_id = wp_create_user( 'author', 'kx-author-pass', 'author@example.org' );
	( new WP_User( $author_id ) )->set_role( 'author' );
	wp_set_current_user( $author_id );
	$posts['author-shortcode'] = kx_publish(
		'Shortcode with bad values, by an author',
		'[ketamine_explainer lang="xx" heading-level="9" open="nope" crisis-call="javascript:alert(1)" crisis-text="<b>hi</b>" emergency-call="https://evil.example" color-scheme="purple" last-reviewed="2026-02-30"]' .
		"\n<ketamine-explainer lang=\"ja\"></ketamine-explainer><script>window.kxTyped = 1</script>"
	);
	// A valid contact URL holding a shortcode: the block's output goes through do_shortcode() with the post.
	$posts['shortcode-in-attribute'] = kx_publish(
		'Block with a shortcode in a contact URL, by an author',
		'<!-- wp:ketamine-explainer/explainer {"crisisCall":"https://help.example/#[ketamine_explainer lang=de]"} /-->'
	);
	$posts['author-block']     = kx_publish(
		'Block, by an author',
		'<!-- wp:ketamine-explainer/explainer {"lang":"ar","crisisCall":"tel:+44 116 123","emergencyCall":"999"} /-->'
	);
	// A site administrator on a network has no unfiltered_html (only super admins do): the same kses path.
	wp_set_current_user( $admin->ID );
	$no_unfiltered_html = function ( $caps, $cap ) {
		return 'unfiltered_html' === $cap ? array( 'do_not_allow' ) : $caps;
	};
	add_filter( 'map_meta_cap', $no_unfiltered_html, 10, 2 );
	$posts['site-admin'] = kx_publish(
		'Block and shortcode, by a site administrator without unfiltered_html',
		"<!-- wp:ketamine-explainer/explainer {\"lang\":\"pt\"} /-->\n\n[ketamine_explainer lang=\"zh-TW\"]\n<script>window.kxTyped = 1</script>"
	);
	remove_filter( 'map_meta_cap', $no_unfiltered_html, 10 );
	echo wp_json_encode( $posts );
} elseif ( 'locale' === $action ) {
	$locale = isset( $argv[2] ) ? $argv[2] : '';
	if ( '' !== $locale ) {
		// WordPress accepts only a language it has files for: a .mo catalogue with one entry ("x" → "x") will do
		// (6.1's reader fails on an empty one). Header, the two string tables, then the strings.
		wp_mkdir_p( WP_LANG_DIR );
		$mo = pack( 'V7', 0x950412de, 0, 1, 28, 36, 0, 44 ) . pack( 'V2', 1, 44 ) . pack( 'V2', 1, 46 ) . "x\0x\0";
		file_put_contents( WP_LANG_DIR . "/$locale.mo", $mo );
	}
	update_option( 'WPLANG', $locale );
	echo wp_json_encode( get_option( 'WPLANG' ) );
} elseif ( 'login' === $action ) {
	$user = get_user_by( 'login', isset( $argv[2] ) ? $argv[2] : '' );
	if ( ! $user ) {
		fwrite( STDERR, "no such user\n" );
		exit( 1 );
	}
	// The cookies wp_set_auth_cookie() sends on plain http: the auth cookie for wp-admin, the logged-in one for the
	// rest of the site; one session token for both, as a login makes.
	$expiration = time() + DAY_IN_SECONDS;
	$token      = WP_Session_Tokens::get_instance( $user->ID )->create( $expiration );
	echo wp_json_encode(
		array(
			array(
				'name'  => AUTH_COOKIE,
				'value' => wp_generate_auth_cookie( $user->ID, $expiration, 'auth', $token ),
				'path'  => ADMIN_COOKIE_PATH,
			),
			array(
				'name'  => LOGGED_IN_COOKIE,
				'value' => wp_generate_auth_cookie( $user->ID, $expiration, 'logged_in', $token ),
				'path'  => COOKIEPATH,
			),
		)
	);
} elseif ( 'uninstall' === $action ) {
	$admin = get_user_by( 'login', 'admin' );
	wp_set_current_user( $admin->ID );
	// Another plugin's option that shares the prefix: uninstall.php deletes only the options it lists by name.
	update_option( 'ketamine_explainer_addon_settings', 'x' );
	deactivate_plugins( KX_PLUGIN );
	$deleted = delete_plugins( array( KX_PLUGIN ) );
	global $wpdb;
	$left = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", '%' . $wpdb->esc_like( 'ketamine' ) . '%' ) );
	echo wp_json_encode(
		array(
			'deleted'     => true === $deleted,
			'options'     => $left,
			'folderLeft'  => is_dir( WP_PLUGIN_DIR . '/ketamine-explainer' ),
			'stillActive' => is_plugin_active( KX_PLUGIN ),
		)
	);
} else {
	fwrite( STDERR, "usage: php wp.php install ZIP|old|setup|locale X|login USER|uninstall\n" );
	exit( 2 );
}
