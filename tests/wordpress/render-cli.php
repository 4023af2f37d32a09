<?php
/**
 * Runs the plugin's renderer outside WordPress, for tests/wordpress/render.test.mjs: reads
 * {"plugin": dir, "cases": [{"input": {...}, "baseUrl": "...", "pageLocale": "..."}]} on stdin and writes the HTML
 * of each case, as a JSON array.
 *
 * @package KetamineExplainer
 */

define( 'KETAMINE_EXPLAINER_RENDERER', true );
$request = json_decode( file_get_contents( 'php://stdin' ), true );
require $request['plugin'] . '/includes/contacts.php';
require $request['plugin'] . '/includes/attributes.php';
require $request['plugin'] . '/includes/render.php';
$out = array();
foreach ( $request['cases'] as $case ) {
	$out[] = ketamine_explainer_render(
		ketamine_explainer_sanitize_attributes( $case['input'] ),
		$case['baseUrl'],
		$case['pageLocale'],
		$request['plugin'] . '/templates'
	);
}
echo json_encode( $out );
