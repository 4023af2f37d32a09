<?php
/**
 * Router for PHP's built-in server (docroot /usr/share/wordpress): serves /wp-content/ from the test's content
 * folder, as Debian's Apache alias does, static files as they are, and everything else through WordPress.
 *
 * @package KetamineExplainer
 */

$kx_path    = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$kx_content = getenv( 'KX_WP_CONTENT' );
if ( 0 === strpos( $kx_path, '/wp-content/' ) && false === strpos( $kx_path, '..' ) ) {
	$kx_file = $kx_content . substr( $kx_path, strlen( '/wp-content' ) );
	if ( is_file( $kx_file ) && '.php' !== substr( $kx_file, -4 ) ) {
		$kx_types = array(
			'js'   => 'text/javascript',
			'css'  => 'text/css',
			'json' => 'application/json',
			'html' => 'text/html',
			'svg'  => 'image/svg+xml',
		);
		$kx_ext = pathinfo( $kx_file, PATHINFO_EXTENSION );
		header( 'Content-Type: ' . ( isset( $kx_types[ $kx_ext ] ) ? $kx_types[ $kx_ext ] : 'application/octet-stream' ) );
		readfile( $kx_file );
		return true;
	}
}
if ( '/' !== $kx_path && is_file( $_SERVER['DOCUMENT_ROOT'] . $kx_path ) && '.php' !== substr( $kx_path, -4 ) ) {
	return false; // The built-in server serves it.
}
if ( '.php' === substr( $kx_path, -4 ) && is_file( $_SERVER['DOCUMENT_ROOT'] . $kx_path ) ) {
	$_SERVER['SCRIPT_NAME'] = $kx_path;
	require $_SERVER['DOCUMENT_ROOT'] . $kx_path;
	return true;
}
if ( is_dir( $_SERVER['DOCUMENT_ROOT'] . $kx_path ) && is_file( $_SERVER['DOCUMENT_ROOT'] . rtrim( $kx_path, '/' ) . '/index.php' ) ) {
	require $_SERVER['DOCUMENT_ROOT'] . rtrim( $kx_path, '/' ) . '/index.php';
	return true;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
return true;
