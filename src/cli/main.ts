console.log('vigil');
