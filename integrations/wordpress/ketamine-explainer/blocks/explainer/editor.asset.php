<?php
/**
 * The editor script's dependencies (as @wordpress/scripts would write them; this script has no build step).
 *
 * @package KetamineExplainer
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.1.0',
);
