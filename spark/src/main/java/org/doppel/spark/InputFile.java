package org.doppel.spark;

import java.io.Serializable;

/**
 * One file to read, as the driver listed it.
 *
 * @param uri the file's full URI on its Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:} …)
 * @param relativeName the path under the folder it was found in (its name when given alone), from which ids
 *     are made exactly as {@code doppel scan} makes them
 * @param order the file's place in the order a local scan reads files: inputs in the order given, files
 *     under a folder by name; the first of two documents with one id wins by this order
 */
public record InputFile(String uri, String relativeName, long order) implements Serializable {}
