package dev.fractalgen.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words for a one-line error message: Java's file exceptions
 * carry a path as their message and the reason in their type, which a user should not have to read.
 */
public final class IoErrors {
  private IoErrors() {}

  /** The reason of {@code e} ("permission denied", "no such file or folder", the system's own words, ...) (the caller names the file). */
  public static String reason(IOException e) {
    return switch (e) {
      case NoSuchFileException x -> "no such file or folder";
      case AccessDeniedException x -> "permission denied";
      case FileAlreadyExistsException x -> "it already exists";
      case NotDirectoryException x -> "not a folder";
      case DirectoryNotEmptyException x -> "a folder that is not empty";
      case FileSystemException x when x.getReason() != null -> x.getReason();
      default -> e.getMessage() != null && !(e instanceof FileSystemException) ? e.getMessage() : "an input or output error";
    };
  }
}
