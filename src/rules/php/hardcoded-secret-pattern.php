<?php
// ruleid: php.hardcoded-secret-pattern
$apikey = "AIzaSyB9_vfqgqGrIwOeY3tN9tHztRVEU_J7JwM";
?>
<!-- ruleid: php.hardcoded-secret-pattern -->
<script src="https://maps.googleapis.com/maps/api/js?key=AIzaSyA0rANX07hh6ASNKdBr4mZH0KZSqbHYc3Q"></script>
<?php
// ok: php.hardcoded-secret-pattern
$apikey = getenv('GOOGLE_MAPS_KEY');
