@NullMarked
package org.doppel.relate;

import org.jspecify.annotations.NullMarked;
